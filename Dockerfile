# Builds and runs Styringskart against an external Neo4j (see docker-compose.yml).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY schema schema
COPY seed seed
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/styringskart-*.jar /styringskart.jar

FROM eclipse-temurin:25-jre
COPY --from=build /styringskart.jar /app/styringskart.jar
# The app listens on loopback by default; in a container it must listen on the container's interface.
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/styringskart.jar"]
