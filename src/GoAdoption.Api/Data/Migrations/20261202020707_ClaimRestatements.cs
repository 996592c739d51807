using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoAdoption.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimRestatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RestatedAt",
                table: "Claims",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RestatedAt",
                table: "Claims");
        }
    }
}
