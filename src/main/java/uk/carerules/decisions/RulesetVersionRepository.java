package uk.carerules.decisions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Insert and read only. */
@JdbcRepository(dialect = Dialect.H2)
public interface RulesetVersionRepository extends GenericRepository<RulesetVersionRecord, String> {

    RulesetVersionRecord save(RulesetVersionRecord version);

    Optional<RulesetVersionRecord> findById(String hash);

    boolean existsById(String hash);

    List<RulesetVersionRecord> findAllOrderByFirstUsedAt();
}
