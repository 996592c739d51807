using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoAdoption.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Passages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LineStart = table.Column<int>(type: "INTEGER", nullable: false),
                    LineEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    LineStart = table.Column<int>(type: "INTEGER", nullable: true),
                    LineEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Passages_SourceId",
                table: "Passages",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SourceId_Type",
                table: "SearchEntries",
                columns: new[] { "SourceId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Type",
                table: "SearchEntries",
                column: "Type");

            // Trigram tokens match any substring of three or more characters in every script (腾讯云, 지리정, geo-fence),
            // where word tokenizers cannot split Chinese or Korean. The index reads its text from SearchEntries
            // (external content), and these triggers keep it in step with every write there.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Title", "Body", content='SearchEntries', content_rowid='Id', tokenize='trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_ai" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_ad" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_au" AFTER UPDATE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
                    INSERT INTO "SearchIndex"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
                END;
                """);
            // Documents imported before passages were stored are read again by the next sync, which fills the index.
            migrationBuilder.Sql("""UPDATE "Sources" SET "IngestorBuild" = NULL;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_au";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_ad";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_ai";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");

            migrationBuilder.DropTable(
                name: "Passages");

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
