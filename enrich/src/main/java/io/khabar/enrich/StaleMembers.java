package io.khabar.enrich;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a failed instance's members out of its consumer group. When a fatal error shuts a Kafka Streams client down,
 * its consumers close without leaving the group, and the group waits for them until their session times out (45 s by
 * default): the next start of the same app (the same {@code khabar run} again, after fixing the cause) sat that long
 * before it got its tasks. The admin API removes members by group only, all of them at once, so this does it only
 * when every member of the group is one of the failed instance's stream threads; members of other instances are left
 * alone (removed, a healthy instance would drop its open transaction and rejoin), and the failed ones then expire
 * with their session.
 */
final class StaleMembers {

    private static final Logger LOG = LoggerFactory.getLogger(StaleMembers.class);
    private static final String THREAD_MARK = "-StreamThread-";

    private StaleMembers() {
    }

    /**
     * The Kafka Streams client id of a stream thread, from the thread's name ({@code <client id>-StreamThread-<n>}),
     * or null for another thread.
     */
    static String clientIdOf(Thread streamThread) {
        String name = streamThread.getName();
        int at = name.lastIndexOf(THREAD_MARK);
        return at > 0 ? name.substring(0, at) : null;
    }

    /** Whether a group member is a stream thread consumer of the Kafka Streams client {@code clientId}. */
    static boolean belongsTo(String memberClientId, String clientId) {
        return memberClientId.startsWith(clientId + THREAD_MARK);
    }

    /**
     * Removes the group's members when all of them belong to {@code clientId}. Errors are logged, never thrown: the
     * members expire with their session anyway.
     */
    static void removeIfAllOf(Properties adminProperties, String groupId, String clientId, Duration timeout) {
        try (Admin admin = Admin.create(adminProperties)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId))
                    .describedGroups().get(groupId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Collection<MemberDescription> members = group.members();
            if (members.isEmpty()) {
                return;
            }
            if (!members.stream().allMatch(m -> belongsTo(m.clientId(), clientId))) {
                LOG.info("group {} has members of other instances: the {} left by this one expire with their"
                        + " session", groupId, members.stream().filter(m -> belongsTo(m.clientId(), clientId)).count());
                return;
            }
            admin.removeMembersFromConsumerGroup(groupId, new RemoveMembersFromConsumerGroupOptions()).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("removed the {} member(s) this instance left in group {}, so that the next start need not wait"
                    + " for their session to time out", members.size(), groupId);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("could not remove this instance's members from group {} ({}); they expire with their session",
                    groupId, e instanceof ExecutionException ? e.getCause().getMessage() : "no answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
