package org.govkg.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parallel extraction window of build and extract: outcomes in input order, a bounded number in flight, failures per document. */
class ExtractionWindowTest {
    private final List<String> outcomes = new ArrayList<>();

    private ExtractionWindow<String> window(int threads) {
        return new ExtractionWindow<>(threads, d -> outcomes.add(d.id() + "=" + d.value()),
                r -> outcomes.add(r.id() + " failed: " + r.error()));
    }

    @Test
    void outcomes_come_back_in_the_order_offered_though_later_work_ends_first() {
        try (ExtractionWindow<String> w = window(3)) {
            // the first documents take longest, so the workers finish them last
            int[] sleeps = {60, 40, 20, 0, 30, 0, 10};
            for (int i = 0; i < sleeps.length; i++) {
                int ms = sleeps[i];
                String id = "doc-" + i;
                w.offer("in/" + id, id, () -> {
                    Thread.sleep(ms);
                    return "v" + ms;
                });
            }
            w.drain();
        }
        assertEquals(List.of("doc-0=v60", "doc-1=v40", "doc-2=v20", "doc-3=v0", "doc-4=v30", "doc-5=v0", "doc-6=v10"), outcomes);
    }

    @Test
    void no_more_than_four_documents_a_thread_are_in_flight() {
        AtomicInteger started = new AtomicInteger();
        int[] inFlightMost = {0};
        List<Integer> handedBack = new ArrayList<>();
        try (ExtractionWindow<Integer> w = new ExtractionWindow<>(2, d -> handedBack.add(d.value()), r -> {})) {
            assertEquals(8, w.size());
            for (int i = 0; i < 50; i++) {
                int n = i;
                w.offer("s", "doc-" + i, () -> {
                    started.incrementAndGet();
                    return n;
                });
                // offered, not yet handed back: what the window holds
                inFlightMost[0] = Math.max(inFlightMost[0], i + 1 - handedBack.size());
            }
            assertTrue(inFlightMost[0] <= 8, "at most 8 held, held " + inFlightMost[0]);
            assertEquals(7, 50 - handedBack.size(), "a full window is drained to one under its size as each document comes");
            w.drain();
        }
        assertEquals(50, handedBack.size());
        assertEquals(50, started.get());
    }

    @Test
    void a_document_that_throws_fails_alone_with_its_reason() {
        try (ExtractionWindow<String> w = window(2)) {
            w.offer("in/a", "a", () -> "ok");
            w.offer("in/b", "b", () -> {
                throw new IllegalArgumentException("no text in it");
            });
            w.offer("in/c", "c", () -> "ok");
            w.drain();
        }
        assertEquals(List.of("a=ok", "b failed: IllegalArgumentException: no text in it", "c=ok"), outcomes);
    }

    @Test
    void a_second_document_with_an_id_already_offered_is_refused_without_running() {
        AtomicInteger runs = new AtomicInteger();
        try (ExtractionWindow<String> w = window(1)) {
            w.offer("first.txt", "same", () -> "run " + runs.incrementAndGet());
            w.offer("second.txt", "same", () -> "run " + runs.incrementAndGet());
            w.offer("unknown-1", null, () -> "n1");
            w.offer("unknown-2", null, () -> "n2");
            w.drain();
        }
        assertEquals(1, runs.get());
        assertEquals(List.of("same failed: duplicate document id 'same' (an earlier input has the same id)", "same=run 1",
                "null=n1", "null=n2"), outcomes, "the refusal is reported at once; ids not known are never duplicates");
    }

    @Test
    void an_exception_of_the_receiver_stops_the_window() {
        List<String> seen = new ArrayList<>();
        boolean stopped = false;
        try (ExtractionWindow<String> w = new ExtractionWindow<>(1, d -> {
            seen.add(d.id());
            if (d.id().equals("b")) throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        }, r -> {})) {
            for (String id : List.of("a", "b", "c")) w.offer(id, id, () -> id);
            w.drain();
        } catch (java.io.UncheckedIOException e) {
            stopped = true;
        }
        assertTrue(stopped);
        assertFalse(seen.contains("c"), seen.toString());
    }
}
