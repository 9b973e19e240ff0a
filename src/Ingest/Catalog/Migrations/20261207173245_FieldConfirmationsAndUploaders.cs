using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class FieldConfirmationsAndUploaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldConfirmations",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldConfirmations", x => new { x.DocumentId, x.Key });
                    table.ForeignKey(
                        name: "FK_FieldConfirmations_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_UploadedBy_UploadedAt",
                table: "Documents",
                columns: new[] { "UploadedBy", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldConfirmations");

            migrationBuilder.DropIndex(
                name: "IX_Documents_UploadedBy_UploadedAt",
                table: "Documents");
        }
    }
}
