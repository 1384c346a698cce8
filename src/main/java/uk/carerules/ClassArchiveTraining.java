package uk.carerules;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build's training run for the class data sharing archive (AppCDS, {@code target/care-rules.jsa}): with
 * {@code care-rules.exit-after-start=true} the service starts as usual (rules compiled, database migrated, server
 * listening) and then exits normally, which is when the JVM writes the classes it loaded into the archive. Starting
 * with the archive skips loading and verifying those classes again: about a quarter of the start-up's CPU time.
 */
@Singleton
@Requires(property = "care-rules.exit-after-start", value = "true")
public class ClassArchiveTraining implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ClassArchiveTraining.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Started for the class archive's training run: exiting");
        // Not on the thread that is still finishing the start: System.exit waits for the shutdown hooks, which close the context.
        Thread exit = new Thread(() -> System.exit(0), "exit-after-start");
        exit.start();
    }
}
