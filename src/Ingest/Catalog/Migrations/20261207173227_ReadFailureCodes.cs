using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class ReadFailureCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FailureCode",
                table: "Pages",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FailureCode",
                table: "Documents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            ReadFailureBackfill.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailureCode",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "FailureCode",
                table: "Documents");
        }
    }
}
