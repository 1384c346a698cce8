package uk.carerules.support;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests run where the build says: H2 by default, PostgreSQL with -Ppostgres, each service on a database of its own. */
class TestDatabaseTest {

    @Test
    void eachServiceGetsItsOwnFreshDatabaseOfTheKindTheBuildAsksFor() throws SQLException {
        try (ApplicationContext one = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test");
             ApplicationContext two = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test");
             Connection a = raw(one).getConnection();
             Connection b = raw(two).getConnection()) {
            String product = a.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
            if (TestDatabase.postgres()) {
                assertThat(a.getSchema()).matches("t[0-9a-f]+").isNotEqualTo(b.getSchema());
            } else {
                assertThat(a.getMetaData().getURL()).isNotEqualTo(b.getMetaData().getURL());
            }
        }
    }

    private static DataSource raw(ApplicationContext context) {
        return io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }
}
