package uk.carerules.decisions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Insert and read only. */
// ANSI SQL with unquoted names runs unchanged on H2 and PostgreSQL. Micronaut Data writes a repository's SQL at compile time
// for the dialect named here (datasources.default.dialect does not change it), and H2's quotes names with backticks.
@JdbcRepository(dialect = Dialect.ANSI)
public interface RulesetVersionRepository extends GenericRepository<RulesetVersionRecord, String> {

    RulesetVersionRecord save(RulesetVersionRecord version);

    Optional<RulesetVersionRecord> findById(String hash);

    boolean existsById(String hash);

    List<RulesetVersionRecord> findAllOrderByFirstUsedAt();
}
