# Build stage: the fat jar (target/frontline.jar).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q -DskipTests package

# Run stage: a slim JRE, a non-root user, data/ as a volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app frontline
WORKDIR /app
COPY --from=build /src/target/frontline.jar /app/frontline.jar
# Baked-in defaults; mount your own over them: -v ./bot-config:/app/bot-config -v ./macros:/app/macros
COPY bot-config /app/bot-config
COPY macros /app/macros
RUN mkdir -p /app/data && chown -R frontline:frontline /app
USER frontline
VOLUME ["/app/data"]
# Tokens come from the environment only (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, DISCORD_TOKEN, ...).
# Half the container's memory for the heap: the ONNX model and runtime live outside it (README, Benchmarks: memory).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/app/frontline.jar"]
CMD ["run"]
