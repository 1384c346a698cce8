package uk.carerules.rules;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Makes the service read and compile its rules as it starts, so that it refuses to start on broken
 * rules. Not in the command line: "rules validate" must be able to report on a broken rules directory.
 *
 * <p>Compiling is most of the start-up time, so it begins as soon as this bean is created, on its own thread, while
 * the rest of the service starts (the database migrations among it); the start then waits for it before the server
 * takes requests, and fails with the rules' problems if they are broken.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE) // created before the other eager beans (the datasource and its migrations), so compiling starts first
@Requires(notEnv = Environment.CLI)
public class RulesAtStartup implements ApplicationEventListener<StartupEvent> {

    private final CompletableFuture<RulesetCatalog> compiled = new CompletableFuture<>();

    public RulesAtStartup(BeanProvider<RulesetCatalog> catalog) {
        Thread compiling = new Thread(() -> {
            try {
                compiled.complete(catalog.get());
            } catch (Throwable e) {
                compiled.completeExceptionally(e);
            }
        }, "rules-at-startup");
        compiling.setDaemon(true);
        compiling.start();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try {
            compiled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
