using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.PostgresMigrations
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
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MachineValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CorrectedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CorrectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Page = table.Column<int>(type: "integer", nullable: false),
                    Check = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Zone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
