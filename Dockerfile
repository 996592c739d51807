# Build stage: restore and publish the API.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig GoAdoption.sln ./
COPY src/ src/
RUN dotnet publish src/GoAdoption.Api -c Release -o /app/publish

# Runtime stage: the published API plus the seed documents it imports on first start.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY seeds/ ./seeds/
ENV ASPNETCORE_URLS=http://+:8080 \
    Catalog__SeedsPath=/app/seeds \
    ConnectionStrings__Catalog="Data Source=/data/catalog.db"
# The catalog file lives on a volume so it survives container replacement; the app runs unprivileged.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "GoAdoption.Api.dll"]
