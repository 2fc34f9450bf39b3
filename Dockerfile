# The newswatch application image: one image, one stage per container (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY testkit/pom.xml testkit/
COPY core/pom.xml core/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY alerts/pom.xml alerts/
COPY app/pom.xml app/
COPY testkit/src testkit/src
COPY core/src core/src
COPY ingest/src ingest/src
COPY enrich/src enrich/src
COPY alerts/src alerts/src
COPY app/src app/src
RUN mvn -B -q -DskipTests -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /newswatch
COPY --from=build /src/app/target/newswatch.jar /newswatch/newswatch.jar
COPY config /newswatch/config
ENV NEWSWATCH_CONFIG=/newswatch/config
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/newswatch/newswatch.jar"]
CMD ["--help"]
