package wales.councilaudit.schedule;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.DBConnectionManager;
import wales.councilaudit.store.StoreConfig;

/**
 * Makes a node's Quartz scheduler on the results store's database, not yet started.
 *
 * <p>The job store is clustered on both databases: nodes on PostgreSQL share the jobs, and on the embedded H2 file
 * (which several local processes can open) a {@code schedule start} and a {@code worker} on one machine do too,
 * instead of each firing every trigger. Every node has the same scheduler name (the cluster's) and an instance id
 * of its own. Job data are kept as properties (strings only), never as serialised Java objects.
 */
final class QuartzNode {

    /** The cluster's name: the {@code SCHED_NAME} of every row. */
    static final String CLUSTER = "council-audit";

    private QuartzNode() {}

    static Scheduler create(StoreConfig store, ScheduleSettings settings) throws SchedulerException {
        String instanceId = instanceId();
        String dataSource = "council-audit-" + instanceId;
        DBConnectionManager.getInstance()
                .addConnectionProvider(dataSource, new StoreConnections(store, settings.threads() + 4));
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, CLUSTER);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, instanceId);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_IDLE_WAIT_TIME, millis(settings.idleWait()));
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "council-audit-job");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, JobStoreTX.class.getName());
        p.setProperty(
                "org.quartz.jobStore.driverDelegateClass",
                (store.isPostgres() ? PostgreSQLDelegate.class : StdJDBCDelegate.class).getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", millis(settings.checkinInterval()));
        p.setProperty("org.quartz.jobStore.misfireThreshold", millis(settings.misfireThreshold()));
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // Quartz's repository keeps one scheduler per name in a JVM; the nodes of one cluster share a name, and a
        // JVM may hold two of them (a test's two nodes). The node is reached through the reference returned here.
        SchedulerRepository.getInstance().remove(CLUSTER);
        return scheduler;
    }

    /** {@code host-pid-random}: unique per node, even for two nodes in one JVM, and tells an operator where. */
    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        long pid = ManagementFactory.getRuntimeMXBean().getPid();
        return host + "-" + pid + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String millis(java.time.Duration d) {
        return Long.toString(d.toMillis());
    }
}
