using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoAdoption.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Claims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    System = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Statistic = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Baseline = table.Column<double>(type: "REAL", nullable: true),
                    Result = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatedChangePercent = table.Column<double>(type: "REAL", nullable: true),
                    StatedMultiplier = table.Column<double>(type: "REAL", nullable: true),
                    StatedDelta = table.Column<double>(type: "REAL", nullable: true),
                    ChangePercent = table.Column<double>(type: "REAL", nullable: true),
                    Consistency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MigratedFrom = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    MigratedFromKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Bound = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CrossSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LineStart = table.Column<int>(type: "INTEGER", nullable: false),
                    LineEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ChangePercent",
                table: "Claims",
                column: "ChangePercent");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_CompanyId",
                table: "Claims",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Metric",
                table: "Claims",
                column: "Metric");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Claims");
        }
    }
}
