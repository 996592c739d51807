using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GoAdoption.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Companies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true, collation: "C"),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ParentSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    FromGazetteer = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Domains",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Names = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Domains", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    WrittenInGo = table.Column<bool>(type: "boolean", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Repository = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Website = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true, collation: "C"),
                    ParentSlug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    FromGazetteer = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    LineStart = table.Column<int>(type: "integer", nullable: true),
                    LineEnd = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Body = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompanyDomains",
                columns: table => new
                {
                    CompaniesId = table.Column<int>(type: "integer", nullable: false),
                    DomainsId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyDomains", x => new { x.CompaniesId, x.DomainsId });
                    table.ForeignKey(
                        name: "FK_CompanyDomains_Companies_CompaniesId",
                        column: x => x.CompaniesId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompanyDomains_Domains_DomainsId",
                        column: x => x.DomainsId,
                        principalTable: "Domains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectDomains",
                columns: table => new
                {
                    DomainsId = table.Column<int>(type: "integer", nullable: false),
                    ProjectsId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectDomains", x => new { x.DomainsId, x.ProjectsId });
                    table.ForeignKey(
                        name: "FK_ProjectDomains_Domains_DomainsId",
                        column: x => x.DomainsId,
                        principalTable: "Domains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectDomains_Projects_ProjectsId",
                        column: x => x.ProjectsId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C"),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IngestorBuild = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Warnings = table.Column<List<string>>(type: "text[]", nullable: false),
                    SubjectCompanyId = table.Column<int>(type: "integer", nullable: true),
                    SubjectProjectId = table.Column<int>(type: "integer", nullable: true),
                    SubjectReasons = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Companies_SubjectCompanyId",
                        column: x => x.SubjectCompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Sources_Projects_SubjectProjectId",
                        column: x => x.SubjectProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    System = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Metric = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Statistic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Baseline = table.Column<double>(type: "double precision", nullable: true),
                    Result = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatedChangePercent = table.Column<double>(type: "double precision", nullable: true),
                    StatedMultiplier = table.Column<double>(type: "double precision", nullable: true),
                    StatedDelta = table.Column<double>(type: "double precision", nullable: true),
                    ChangePercent = table.Column<double>(type: "double precision", nullable: true),
                    Consistency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MigratedFrom = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    MigratedFromKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    Bound = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CrossSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LineStart = table.Column<int>(type: "integer", nullable: false),
                    LineEnd = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RestatedAt = table.Column<string>(type: "text", nullable: false, defaultValue: "[]")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Claims_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Claims_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompanyAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompanyAliases_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompanyAliases_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    AsWritten = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    LineStart = table.Column<int>(type: "integer", nullable: false),
                    LineEnd = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.CheckConstraint("CK_Mentions_OneSubject", "(\"CompanyId\" IS NULL) <> (\"ProjectId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Mentions_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Mentions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Mentions_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Passages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LineStart = table.Column<int>(type: "integer", nullable: false),
                    LineEnd = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Passages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Passages_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAliases_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectAliases_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceContents",
                columns: table => new
                {
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceContents", x => x.SourceId);
                    table.ForeignKey(
                        name: "FK_SourceContents_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UseCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: true),
                    ProjectId = table.Column<int>(type: "integer", nullable: true),
                    System = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DomainId = table.Column<int>(type: "integer", nullable: true),
                    MigratedFrom = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    MigratedFromKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "C"),
                    LineStart = table.Column<int>(type: "integer", nullable: false),
                    LineEnd = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UseCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UseCases_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_UseCases_Domains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "Domains",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_UseCases_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_UseCases_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ChangePercent",
                table: "Claims",
                column: "ChangePercent");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_CompanyId",
                table: "Claims",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Metric_Statistic",
                table: "Claims",
                columns: new[] { "Metric", "Statistic" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_MigratedFromKey",
                table: "Claims",
                column: "MigratedFromKey");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ProjectId",
                table: "Claims",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SourceId",
                table: "Claims",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_NameKey_Name",
                table: "Companies",
                columns: new[] { "NameKey", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Slug",
                table: "Companies",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompanyAliases_CompanyId_SourceId_NameKey",
                table: "CompanyAliases",
                columns: new[] { "CompanyId", "SourceId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompanyAliases_NameKey",
                table: "CompanyAliases",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyAliases_SourceId",
                table: "CompanyAliases",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CompanyDomains_DomainsId",
                table: "CompanyDomains",
                column: "DomainsId");

            migrationBuilder.CreateIndex(
                name: "IX_Domains_Slug",
                table: "Domains",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_CompanyId",
                table: "Mentions",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ProjectId",
                table: "Mentions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_SourceId",
                table: "Mentions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Passages_SourceId",
                table: "Passages",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAliases_NameKey",
                table: "ProjectAliases",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAliases_ProjectId_SourceId_NameKey",
                table: "ProjectAliases",
                columns: new[] { "ProjectId", "SourceId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAliases_SourceId",
                table: "ProjectAliases",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDomains_ProjectsId",
                table: "ProjectDomains",
                column: "ProjectsId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_NameKey_Name",
                table: "Projects",
                columns: new[] { "NameKey", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Slug",
                table: "Projects",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SourceId_Type",
                table: "SearchEntries",
                columns: new[] { "SourceId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Type",
                table: "SearchEntries",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_FileName",
                table: "Sources",
                column: "FileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Status",
                table: "Sources",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SubjectCompanyId",
                table: "Sources",
                column: "SubjectCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SubjectProjectId",
                table: "Sources",
                column: "SubjectProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_UseCases_CompanyId",
                table: "UseCases",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_UseCases_DomainId",
                table: "UseCases",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_UseCases_MigratedFromKey",
                table: "UseCases",
                column: "MigratedFromKey");

            migrationBuilder.CreateIndex(
                name: "IX_UseCases_ProjectId",
                table: "UseCases",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_UseCases_SourceId",
                table: "UseCases",
                column: "SourceId");

            // Search matches words as substrings in every script (腾讯云, 지리정, geo-fence), which word tokenizers cannot
            // split for Chinese or Korean: trigram indexes over the folded text serve LIKE patterns of three or more characters.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Title_Trigram" ON "SearchEntries" USING gin (lower("Title") gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Body_Trigram" ON "SearchEntries" USING gin (lower("Body") gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogState");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "CompanyAliases");

            migrationBuilder.DropTable(
                name: "CompanyDomains");

            migrationBuilder.DropTable(
                name: "Mentions");

            migrationBuilder.DropTable(
                name: "Passages");

            migrationBuilder.DropTable(
                name: "ProjectAliases");

            migrationBuilder.DropTable(
                name: "ProjectDomains");

            migrationBuilder.DropTable(
                name: "SearchEntries");

            migrationBuilder.DropTable(
                name: "SourceContents");

            migrationBuilder.DropTable(
                name: "UseCases");

            migrationBuilder.DropTable(
                name: "Domains");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Companies");

            migrationBuilder.DropTable(
                name: "Projects");
        }
    }
}
