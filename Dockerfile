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
# Management endpoints (/healthz, /readyz, /metrics) inside the container; set
# FRONTLINE_MANAGEMENT_BIND=0.0.0.0 to let Prometheus scrape them from outside (docker-compose.yml does).
ENV FRONTLINE_MANAGEMENT_PORT=9464
EXPOSE 9464
# Unhealthy when Slack's socket or Discord's gateway has been down for over a minute, or the workers
# are stuck (README, "Operating it"). Plain bash, no curl in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9464 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
# Tokens come from the environment only (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, DISCORD_TOKEN, ...).
# Half the container's memory for the heap: the ONNX model and runtime live outside it (README, Benchmarks: memory).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/app/frontline.jar"]
CMD ["run"]
