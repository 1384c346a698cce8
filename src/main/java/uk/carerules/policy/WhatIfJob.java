package uk.carerules.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A what-if run as a resource: how far it has got, and its report when done. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WhatIfJob(String id,
                        String status,
                        long total,
                        long processed,
                        int percentDone,
                        Instant startedAt,
                        @Nullable Instant finishedAt,
                        @Nullable String error,
                        @Nullable WhatIfReport report) {
}
