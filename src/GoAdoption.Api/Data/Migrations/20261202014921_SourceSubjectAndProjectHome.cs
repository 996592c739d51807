using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoAdoption.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceSubjectAndProjectHome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SubjectCompanyId",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubjectProjectId",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectReasons",
                table: "Sources",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Repository",
                table: "Projects",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Projects",
                type: "TEXT",
                maxLength: 253,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SubjectCompanyId",
                table: "Sources",
                column: "SubjectCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SubjectProjectId",
                table: "Sources",
                column: "SubjectProjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_Sources_Companies_SubjectCompanyId",
                table: "Sources",
                column: "SubjectCompanyId",
                principalTable: "Companies",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Sources_Projects_SubjectProjectId",
                table: "Sources",
                column: "SubjectProjectId",
                principalTable: "Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Sources_Companies_SubjectCompanyId",
                table: "Sources");

            migrationBuilder.DropForeignKey(
                name: "FK_Sources_Projects_SubjectProjectId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_SubjectCompanyId",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_Sources_SubjectProjectId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "SubjectCompanyId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "SubjectProjectId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "SubjectReasons",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Repository",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "Projects");
        }
    }
}
