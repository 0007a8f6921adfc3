package org.govkg.it;

import org.govkg.server.KgServer;
import org.govkg.server.ServerOptions;
import org.govkg.store.KgStore;
import org.govkg.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sixteen loopback clients send 2 000 requests, the named queries of queries/ in turn, to a real server
 * over the sample store, in this JVM so that its heap can be read: no request fails, and after a full GC
 * the heap is within 20% of what it was after the warm-up. Prints the latencies; asserts no time.
 */
class LoadIT {
    private static final int CLIENTS = 16, REQUESTS = 2000;

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void sixteen_clients_two_thousand_requests_no_error_and_a_flat_heap(@TempDir Path dir) throws Exception {
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Govkg.projectDir().resolve("queries"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) queries.add(Files.readString(p));
        }
        assertTrue(queries.size() >= 20, queries.size() + " queries");
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            Engines.build(store, Govkg.sampleArticles());
            try (KgServer server = KgServer.start(store.dataset(), new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(60), "govkg"))) {
                String endpoint = server.baseUrl() + "/govkg/sparql";
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                for (int round = 0; round < 2; round++) for (String q : queries) assertEquals(200, send(http, endpoint, q));
                long warm = heapAfterGc();
                AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
                List<Long> times = Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                try {
                    List<Future<?>> fs = new ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        fs.add(pool.submit(() -> {
                            for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                                long t0 = System.nanoTime();
                                try {
                                    if (send(http, endpoint, queries.get(i % queries.size())) != 200) errors.incrementAndGet();
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                }
                                times.add(System.nanoTime() - t0);
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : fs) f.get();
                } finally {
                    pool.shutdownNow();
                }
                long after = heapAfterGc();
                List<Long> sorted = new ArrayList<>(times);
                Collections.sort(sorted);
                System.out.printf("LoadIT: %d requests, %d clients, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; heap after warm-up %d MiB, after the load %d MiB%n",
                        sorted.size(), CLIENTS, errors.get(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                        sorted.get(sorted.size() * 99 / 100) / 1e6, warm >> 20, after >> 20);
                assertEquals(REQUESTS, sorted.size());
                assertEquals(0, errors.get());
                assertTrue(after <= warm * 1.2, "heap grew from " + (warm >> 20) + " MiB to " + (after >> 20) + " MiB");
            }
        }
    }

    private static int send(HttpClient http, String endpoint, String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
