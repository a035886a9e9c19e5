package io.khabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ShutdownSignalTest {

    /**
     * The command's thread ends in {@code System.exit}, which blocks while the shutdown hooks run: the hook must go on
     * once the thread closed the signal, not wait for the thread to end (before, it waited out its minute of grace).
     */
    @Test
    void shouldLetTheJvmGoOnOnceTheInterruptedCommandClosedTheSignal() throws Exception {
        CountDownLatch installed = new CountDownLatch(1);
        CountDownLatch exitBlocks = new CountDownLatch(1); // stands for System.exit waiting for the hooks
        ShutdownSignal[] signal = new ShutdownSignal[1];
        Thread command = new Thread(() -> {
            signal[0] = ShutdownSignal.forCurrentThread();
            installed.countDown();
            try {
                Thread.sleep(60_000); // following a directory, until Ctrl-C
            } catch (InterruptedException ctrlC) {
                signal[0].close(); // resources closed
            }
            try {
                exitBlocks.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "command");
        command.start();
        assertThat(installed.await(10, TimeUnit.SECONDS)).isTrue();

        Thread hook = new Thread(() -> signal[0].onShutdown(command), "hook");
        hook.start();
        hook.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(hook.isAlive()).as("the hook returned while the command's thread is still in System.exit").isFalse();
        assertThat(command.isAlive()).isTrue();
        exitBlocks.countDown();
        command.join();
    }

    @Test
    void shouldNotInterruptACommandThatIsDone() throws Exception {
        ShutdownSignal signal = ShutdownSignal.forCurrentThread();
        signal.close();
        signal.onShutdown(Thread.currentThread());
        assertThat(Thread.interrupted()).isFalse();
    }
}
