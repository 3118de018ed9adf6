// Ends a transaction that Neo4j has marked terminated (time limit, memory limit, a client that went
// away) but that keeps running. Cypher checks for termination between rows and in its operators,
// not inside one expression: `reduce(s = '', x IN range(1, 3000000) | s + '…')` is evaluated in one
// go and would hold a core at 100 % for hours after its time limit.
//
// Two steps, each after `graceMs`:
//  1. stop the query's own thread (Thread.stop: a ThreadDeath thrown inside the expression), only
//     while that thread is inside Cypher's expression evaluation (never in the page cache, locks or a
//     commit), so the core is freed and every other transaction and client goes on untouched;
//  2. if the transaction is still open one grace period later, end the JVM with EXIT_RUNAWAY: the
//     parent (neo4j/link.ts) starts it again on the same port and data folder.
// The watchdog reads the kernel's transaction list directly (no Cypher, no transaction of its own),
// so it works while every transaction slot is taken.
package policygraph.launcher;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.api.net.TrackedNetworkConnection;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

final class Watchdog {
    private static final long PERIOD_MS = 500;
    /** Packages whose frames are pure evaluation: a ThreadDeath there leaves no shared state half-changed. */
    private static final String[] EVALUATION = {
        "org.neo4j.cypher.internal.runtime", "org.neo4j.cypher.operations", "org.neo4j.values", "org.neo4j.cypher.internal.expressions",
    };

    private final GraphDatabaseService db;
    private final long graceMs;
    /** Transaction sequence number → when the watchdog first saw it terminated and still open. */
    private final Map<Long, Long> firstSeen = new HashMap<>();
    /** Transactions whose thread was stopped (step 1 done). */
    private final Set<Long> stopped = new HashSet<>();

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
        timer.scheduleWithFixedDelay(dog::checkSafely, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            // The database is stopping: nothing to watch. Anything else is reported, and the next period tries again.
            if (db.isAvailable(0)) log("check failed: " + e);
        }
    }

    private void check() {
        if (!db.isAvailable(0)) return;
        KernelTransactions transactions = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(KernelTransactions.class);
        long now = System.currentTimeMillis();
        Set<Long> seen = new HashSet<>();
        for (KernelTransactionHandle tx : transactions.activeTransactions()) {
            Optional<TerminationMark> mark = tx.terminationMark();
            if (!tx.isOpen() || mark.isEmpty()) continue;
            long id = tx.getTransactionSequenceNumber();
            seen.add(id);
            long since = firstSeen.computeIfAbsent(id, k -> now);
            if (now - since < graceMs) continue;
            String query = tx.executingQuery().map(q -> q.rawQueryText()).orElse("(no query)");
            String reason = mark.get().getReason().code().serialize();
            if (!stopped.contains(id)) {
                if (tx.isCommitting() || tx.isRollingback()) continue;
                if (stopQueryThread(tx, id, reason, query)) stopped.add(id);
            } else if (now - since >= 2 * graceMs) {
                exitJvm(id, reason, query);
                return;
            }
        }
        firstSeen.keySet().retainAll(seen);
        stopped.retainAll(seen);
    }

    /** Step 1: ThreadDeath in the query's thread, when that thread is inside expression evaluation. */
    @SuppressWarnings("removal")
    private boolean stopQueryThread(KernelTransactionHandle tx, long id, String reason, String query) {
        Thread thread = tx.executingQuery().map(Watchdog::threadOf).orElse(null);
        if (thread == null || thread.getState() != Thread.State.RUNNABLE || !evaluating(thread.getStackTrace())) return false;
        log("transaction " + id + " (" + reason + ") was still running " + graceMs / 1000 + " s after it was terminated; stopped its thread "
                + thread.getName() + " to free its CPU. Query: " + shown(query));
        thread.stop();
        // Bolt cannot send a ThreadDeath (it has no message) to the client, which would wait for an answer
        // forever: close that client's connection, which also rolls its transaction back.
        String connection = tx.clientInfo().map(ClientConnectionInfo::connectionId).orElse(null);
        TrackedNetworkConnection open = connection == null ? null : connections().get(connection);
        if (open != null) open.close();
        return true;
    }

    private NetworkConnectionTracker connections() {
        return ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
    }

    /** True when the first Neo4j frame from the top is Cypher evaluation (not I/O, locks, page cache, commit). */
    static boolean evaluating(StackTraceElement[] stack) {
        boolean cypher = false;
        for (StackTraceElement frame : stack) if (frame.getClassName().startsWith("org.neo4j.cypher")) cypher = true;
        if (!cypher) return false;
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (!cls.startsWith("org.neo4j.")) continue;
            for (String p : EVALUATION) if (cls.startsWith(p)) return true;
            return false;
        }
        return false;
    }

    /** The thread that runs the query (ExecutingQuery keeps its id privately; it measures the query's CPU time with it). */
    private static Thread threadOf(ExecutingQuery query) {
        long threadId;
        try {
            Field f = ExecutingQuery.class.getDeclaredField("threadExecutingTheQueryId");
            f.setAccessible(true);
            threadId = f.getLong(query);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getId() == threadId) return t;
        return null;
    }

    /** Step 2: the thread could not be stopped; end the JVM (the parent starts another). */
    private void exitJvm(long id, String reason, String query) {
        log("transaction " + id + " (" + reason + ") is still running " + 2 * graceMs / 1000
                + " s after it was terminated; stopping the JVM to free its CPU. Query: " + shown(query));
        haltAfter(5_000, Neo4jLauncher.EXIT_RUNAWAY);
        // Outside any transaction of ours, so the shutdown does not wait for the watchdog.
        new Thread(() -> System.exit(Neo4jLauncher.EXIT_RUNAWAY), "policy-graph-runaway-exit").start();
    }

    private static String shown(String query) {
        String q = query.length() > 200 ? query.substring(0, 200) + "…" : query;
        return q.replace('\n', ' ');
    }

    private static void log(String line) {
        System.err.println("neo4j-launcher: " + line);
        System.err.flush();
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
