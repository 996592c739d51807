using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoAdoption.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_NameKey",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Companies_Country",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Companies_NameKey",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Metric",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_NameKey_Name",
                table: "Projects",
                columns: new[] { "NameKey", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Country_NameKey_Name",
                table: "Companies",
                columns: new[] { "Country", "NameKey", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_NameKey_Name",
                table: "Companies",
                columns: new[] { "NameKey", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Metric_Statistic",
                table: "Claims",
                columns: new[] { "Metric", "Statistic" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_NameKey_Name",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Companies_Country_NameKey_Name",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Companies_NameKey_Name",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Metric_Statistic",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_NameKey",
                table: "Projects",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_Country",
                table: "Companies",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Companies_NameKey",
                table: "Companies",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Metric",
                table: "Claims",
                column: "Metric");
        }
    }
}
