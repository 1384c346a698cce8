package uk.carerules.decisions;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;

import java.util.List;
import java.util.Optional;

/** Insert and read only: there is deliberately no update or delete method. */
// ANSI SQL with unquoted names runs unchanged on H2 and PostgreSQL. Micronaut Data writes a repository's SQL at compile time
// for the dialect named here (datasources.default.dialect does not change it), and H2's quotes names with backticks.
@JdbcRepository(dialect = Dialect.ANSI)
public interface DecisionRepository extends GenericRepository<DecisionRecord, String> {

    /** In chain order, as one JDBC batch. */
    List<DecisionRecord> saveAll(Iterable<DecisionRecord> decisions);

    Optional<DecisionRecord> findById(String id);

    /** The decision that corrects this one, if any (the unique index allows at most one). */
    Optional<DecisionRecord> findBySupersedes(String supersedes);

    List<DecisionRecord> findByRelatedDecisionIdOrderBySeq(String relatedDecisionId);

    /** One chunk of the chain, in order, for walks that must not hold every decision in memory. */
    List<DecisionRecord> findBySeqGreaterThanOrderBySeq(long seq, Pageable chunk);

    Page<DecisionRecord> findAll(PredicateSpecification<DecisionRecord> filter, Pageable pageable);


    long count();

    long count(PredicateSpecification<DecisionRecord> filter);

    /** Ids of decisions that a later decision corrects: what-if and reports work on current decisions only. */
    @io.micronaut.data.annotation.Query("SELECT supersedes FROM decision WHERE supersedes IS NOT NULL")
    List<String> findSupersededIds();
}
