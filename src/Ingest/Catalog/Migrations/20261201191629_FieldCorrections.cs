using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class FieldCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldCorrections",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MachineValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CorrectedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CorrectedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldCorrections", x => new { x.DocumentId, x.Key });
                    table.ForeignKey(
                        name: "FK_FieldCorrections_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MrzCheckFailures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Page = table.Column<int>(type: "INTEGER", nullable: false),
                    Check = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MrzCheckFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MrzCheckFailures_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExtractedFields_Confidence",
                table: "ExtractedFields",
                column: "Confidence");

            migrationBuilder.CreateIndex(
                name: "IX_FieldCorrections_CorrectedAt",
                table: "FieldCorrections",
                column: "CorrectedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MrzCheckFailures_DocumentId",
                table: "MrzCheckFailures",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldCorrections");

            migrationBuilder.DropTable(
                name: "MrzCheckFailures");

            migrationBuilder.DropIndex(
                name: "IX_ExtractedFields_Confidence",
                table: "ExtractedFields");
        }
    }
}
