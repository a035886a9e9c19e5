# Khabar's image: every stage (ingest, enrich, sink, ...) is the same jar with another command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /khabar
COPY --from=build /src/app/target/khabar-app.jar /khabar/khabar-app.jar
COPY --from=build /src/app/target/lib /khabar/lib
COPY samples /khabar/samples
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/khabar/khabar-app.jar:/khabar/lib/*", "io.khabar.app.Khabar"]
CMD ["--help"]
