package dev.frontline.storage;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    /** While one batch is being written, everything that arrives meanwhile goes out in the next, each caller with its own result. */
    @Test
    void callersArrivingDuringACommitShareTheNextOne() throws Exception {
        CountDownLatch firstBatchEntered = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        GroupCommit<Integer, String> group = new GroupCommit<>(items -> {
            batches.add(items);
            if (batches.size() == 1) {
                firstBatchEntered.countDown();
                await(releaseFirst);
            }
            return items.stream().map(i -> "stored " + i).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<String> first = pool.submit(() -> group.submit(0));
            assertTrue(firstBatchEntered.await(10, TimeUnit.SECONDS));
            List<Future<String>> others = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                int n = i;
                others.add(pool.submit(() -> group.submit(n)));
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (group.queued() < 8 && System.nanoTime() < end) Thread.onSpinWait();
            assertEquals(8, group.queued(), "the eight wait while the first batch is written");
            releaseFirst.countDown();

            assertEquals("stored 0", first.get(10, TimeUnit.SECONDS));
            for (int i = 1; i <= 8; i++) assertEquals("stored " + i, others.get(i - 1).get(10, TimeUnit.SECONDS));
            assertEquals(2, batches.size(), "one commit for the first, one for the eight: " + batches);
            assertEquals(List.of(0), batches.get(0));
            assertEquals(8, batches.get(1).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedCommitFailsEveryCallerInItAndTheNextOneStillWorks() {
        boolean[] fail = {true};
        GroupCommit<String, Boolean> group = new GroupCommit<>(items -> {
            if (fail[0]) throw new StorageException("disk full", null);
            return items.stream().map(i -> true).toList();
        });
        StorageException e = assertThrows(StorageException.class, () -> group.submit("a"));
        assertEquals("disk full", e.getMessage());
        fail[0] = false;
        assertTrue(group.submit("b"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new AssertionError("not released");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
