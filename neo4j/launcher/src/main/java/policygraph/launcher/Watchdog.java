// Ends the JVM when a transaction that Neo4j has marked terminated (time limit, memory limit, or a
// client that went away) keeps running: Cypher checks for termination between rows, so one
// expression that never yields (a reduce() over millions of elements) would hold a core until the
// JVM stops. The parent (neo4j/server.ts) sees exit status EXIT_RUNAWAY and may start us again.
package policygraph.launcher;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;

final class Watchdog {
    private static final long PERIOD_MS = 1000;
    private static final String QUERY =
            "SHOW TRANSACTIONS YIELD transactionId, status, currentQuery WHERE status STARTS WITH 'Terminated' "
                    + "RETURN transactionId, status, currentQuery";

    private final GraphDatabaseService db;
    private final long graceMs;
    /** Terminated transaction id → when the watchdog first saw it terminated. */
    private final Map<String, Long> firstSeen = new HashMap<>();

    private Watchdog(GraphDatabaseService db, long graceMs) {
        this.db = db;
        this.graceMs = graceMs;
    }

    static void start(GraphDatabaseService db, Neo4jLauncher.Limits limits) {
        Watchdog dog = new Watchdog(db, TimeUnit.SECONDS.toMillis(limits.runawayGraceSeconds));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policy-graph-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(dog::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void check() {
        long now = System.currentTimeMillis();
        Set<String> seen = new HashSet<>();
        String[] runaway = null;
        try {
            runaway = db.executeTransactionally(QUERY, Map.of(), result -> {
                String[] found = null;
                while (result.hasNext()) {
                    Map<String, Object> row = result.next();
                    String id = String.valueOf(row.get("transactionId"));
                    seen.add(id);
                    long since = firstSeen.computeIfAbsent(id, k -> now);
                    if (now - since > graceMs) found = new String[] {id, String.valueOf(row.get("status")), String.valueOf(row.get("currentQuery"))};
                }
                return found;
            });
        } catch (RuntimeException e) {
            // The database is stopping or busy: try again next period.
            return;
        }
        firstSeen.keySet().retainAll(seen);
        // Outside the watchdog's own transaction, so the shutdown does not wait for it.
        if (runaway != null) runaway(runaway[0], runaway[1], runaway[2]);
    }

    private void runaway(String id, String status, String query) {
        String shown = query.length() > 200 ? query.substring(0, 200) + "…" : query;
        System.err.println("neo4j-launcher: transaction " + id + " (" + status + ") is still running " + graceMs / 1000
                + " s after it was terminated; stopping the JVM to free its CPU. Query: " + shown.replace('\n', ' '));
        System.err.flush();
        haltAfter(5_000, Neo4jLauncher.EXIT_RUNAWAY);
        System.exit(Neo4jLauncher.EXIT_RUNAWAY);
    }

    /** Ends the JVM after `ms` even if the shutdown hook is still waiting for a transaction. */
    static void haltAfter(long ms, int status) {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                // fall through
            }
            Runtime.getRuntime().halt(status);
        }, "policy-graph-halt");
        halt.setDaemon(true);
        halt.start();
    }
}
