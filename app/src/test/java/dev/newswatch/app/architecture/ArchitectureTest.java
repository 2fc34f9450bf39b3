package dev.newswatch.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.newswatch.core.topic.Topic;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * The architecture of {@code docs/ARCHITECTURE.md}, as rules on the compiled production classes of the five
 * modules: {@code app} → {@code ingest} / {@code enrich} / {@code alerts} → {@code core}, only the topic
 * catalogue makes topics, and {@code enrich} does no I/O of its own. Each rule's failure says how to fix it.
 * Topic names written as string literals are checked on the sources, by {@link TopicNameLiteralsTest}.
 */
class ArchitectureTest {

    private static final String BASE = "dev.newswatch.";
    private static final Set<String> STAGES = Set.of("ingest", "enrich", "alerts");
    private static final String ENRICH = BASE + "enrich..";

    /** Production classes only: tests, and test-jars such as core's, may reach across modules. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(BASE + "core", BASE + "ingest", BASE + "enrich", BASE + "alerts", BASE + "app");

    /** {@link Files} methods that change the file system. */
    private static final Pattern FILE_WRITES = Pattern.compile(
            "write.*|newOutputStream|newBufferedWriter|create.*|delete.*|copy|move|set.*");
    /** {@link Files} methods that read the file system. */
    private static final Pattern FILE_READS = Pattern.compile(
            "read.*|newInputStream|newBufferedReader|lines|list|walk|find|newDirectoryStream");

    @Test
    void shouldImportTheProductionClassesOfEveryModule() {
        for (String module : new String[] {"core", "ingest", "enrich", "alerts", "app"}) {
            assertTrue(CLASSES.containPackage(BASE + module),
                    "no production class of the module " + module + " on the class path: the rules below would pass "
                            + "without checking it; run the test through Maven from the repository root");
        }
    }

    @Test
    void coreShouldDependOnNoStageAndNotOnApp() {
        noClasses().that().resideInAPackage(BASE + "core..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "ingest..", ENRICH, BASE + "alerts..",
                        BASE + "app..")
                .because("core holds only what every stage shares (records, topic catalogue, serdes, config); move "
                        + "the code that needs a stage into that stage, or move the type it needs down into core")
                .check(CLASSES);
    }

    @Test
    void ingestShouldDependOnlyOnCore() {
        assertStageDependsOnlyOnCore("ingest");
    }

    @Test
    void enrichShouldDependOnlyOnCore() {
        assertStageDependsOnlyOnCore("enrich");
    }

    @Test
    void alertsShouldDependOnlyOnCore() {
        assertStageDependsOnlyOnCore("alerts");
    }

    @Test
    void onlyTheTopicCatalogueShouldMakeTopics() {
        noClasses().that().resideOutsideOfPackage(BASE + "core.topic..")
                .should().callConstructor(Topic.class, String.class, String.class, Serde.class, Serde.class,
                        boolean.class, int.class, Map.class)
                .because("every topic is declared once, in core's Topics catalogue, with its serdes and creation "
                        + "settings; add the topic there and take it from a Topics instance (topics.articles, "
                        + "topics.find(alias))")
                .check(CLASSES);
    }

    @Test
    void enrichShouldUseNoNetworkOrMail() {
        DescribedPredicate<JavaClass> networkOrMail = JavaClass.Predicates.resideInAnyPackage("java.net..",
                        "javax.net..", "java.nio.channels..", "javax.mail..", "jakarta.mail..", "org.eclipse.angus..",
                        "com.sun.net.httpserver..", "java.rmi..")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(URI.class)));
        noClasses().that().resideInAPackage(ENRICH)
                .should().dependOnClassesThat(networkOrMail)
                .because("enrich talks to nothing but Kafka (through Kafka Streams), with no socket, channel, HTTP or mail "
                        + "client of its own: fetching belongs in ingest, "
                        + "email and webhooks in alerts behind their interfaces; java.net.URI, a plain value, is fine")
                .check(CLASSES);
    }

    @Test
    void enrichShouldWriteNoFile() {
        DescribedPredicate<JavaMethodCall> fileWrite = DescribedPredicate.describe(
                "a java.nio.file.Files method that writes, creates, moves or deletes",
                call -> call.getTargetOwner().isEquivalentTo(Files.class) && FILE_WRITES.matcher(call.getName()).matches());
        noClasses().that().resideInAPackage(ENRICH)
                .should().callMethodWhere(fileWrite)
                .orShould().dependOnClassesThat().belongToAnyOf(FileOutputStream.class, FileWriter.class,
                        RandomAccessFile.class)
                .because("enrich's only outputs are Kafka topics (and the Streams state stores, which Kafka Streams "
                        + "keeps itself): write a result to a topic of the catalogue instead")
                .check(CLASSES);
    }

    @Test
    void enrichShouldReadFilesOnlyInStaticLoaders() {
        classes().that().resideInAPackage(ENRICH)
                .should(readFilesOnlyInStaticCode())
                .because("per-record code (processors, tagger, linker, extractor) runs on instances and must not touch "
                        + "the disk; read a file once at start-up in a static loader such as Taxonomy.load or "
                        + "EntityCatalog.load and pass the result in, or read a bundled class-path resource "
                        + "(ResourceYaml, LexiconFile), which is fine")
                .check(CLASSES);
    }

    private static void assertStageDependsOnlyOnCore(String stage) {
        String[] forbidden = Stream.concat(STAGES.stream().filter(s -> !s.equals(stage)), Stream.of("app"))
                .map(module -> BASE + module + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(BASE + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("stages talk to each other only through Kafka topics: move a type two stages share into "
                        + "core (dev.newswatch.core.model), exchange the data through a topic of the catalogue, or "
                        + "wire the stages together in app")
                .check(CLASSES);
    }

    /** Violated by a file read (Files.read*, lines, list, walk..., a FileInputStream or FileReader) in instance code. */
    private static ArchCondition<JavaClass> readFilesOnlyInStaticCode() {
        return new ArchCondition<>("read files only in static methods") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> call : javaClass.getCodeUnitAccessesFromSelf()) {
                    boolean read = call.getTargetOwner().isEquivalentTo(Files.class)
                            ? FILE_READS.matcher(call.getName()).matches()
                            : call.getTargetOwner().isEquivalentTo(FileInputStream.class)
                                    || call.getTargetOwner().isEquivalentTo(FileReader.class);
                    if (read && !call.getOrigin().getModifiers().contains(JavaModifier.STATIC)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
