package uk.carerules.decisions;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

// ANSI SQL with unquoted names runs unchanged on H2 and PostgreSQL. Micronaut Data writes a repository's SQL at compile time
// for the dialect named here (datasources.default.dialect does not change it), and H2's quotes names with backticks.
@JdbcRepository(dialect = Dialect.ANSI)
public interface ChainHeadRepository extends GenericRepository<ChainHead, Integer> {

    /** Locks the head row until the transaction ends, so that only one decision is appended at a time. */
    @Query("SELECT id, seq, record_hash FROM chain_head WHERE id = 1 FOR UPDATE")
    ChainHead lock();

    @Query("SELECT id, seq, record_hash FROM chain_head WHERE id = 1")
    ChainHead findHead();

    @Query("UPDATE chain_head SET seq = :seq, record_hash = :recordHash WHERE id = 1")
    void advance(long seq, String recordHash);
}
