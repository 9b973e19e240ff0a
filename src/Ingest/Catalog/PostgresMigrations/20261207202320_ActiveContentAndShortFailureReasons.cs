using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ActiveContentAndShortFailureReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActiveContent",
                table: "Documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            FailureDetailScrub.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActiveContent",
                table: "Documents");
        }
    }
}
