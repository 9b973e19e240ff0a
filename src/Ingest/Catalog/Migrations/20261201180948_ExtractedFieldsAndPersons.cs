using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class ExtractedFieldsAndPersons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DocumentDate",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "Documents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                table: "Documents",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "DocumentTypeConfidence",
                table: "Documents",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Employer",
                table: "Documents",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmployerKey",
                table: "Documents",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtractionFailure",
                table: "Documents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "Documents",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ExtractedConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kept = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    KeptSource = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Other = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OtherSource = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtractedConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtractedConflicts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExtractedFields",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Page = table.Column<int>(type: "INTEGER", nullable: false),
                    BoxLeft = table.Column<double>(type: "REAL", nullable: true),
                    BoxTop = table.Column<double>(type: "REAL", nullable: true),
                    BoxWidth = table.Column<double>(type: "REAL", nullable: true),
                    BoxHeight = table.Column<double>(type: "REAL", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtractedFields", x => new { x.DocumentId, x.Key });
                    table.ForeignKey(
                        name: "FK_ExtractedFields_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PassportNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonDocuments",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PassportNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EmployerKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PermitNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PassportExpiry = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonDocuments", x => new { x.DocumentId, x.Index });
                    table.ForeignKey(
                        name: "FK_PersonDocuments_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonDocuments_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DocumentType",
                table: "Documents",
                column: "DocumentType");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_EmployerKey",
                table: "Documents",
                column: "EmployerKey");

            migrationBuilder.CreateIndex(
                name: "IX_ExtractedConflicts_DocumentId",
                table: "ExtractedConflicts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonDocuments_EmployerKey",
                table: "PersonDocuments",
                column: "EmployerKey");

            migrationBuilder.CreateIndex(
                name: "IX_PersonDocuments_ExpiryDate",
                table: "PersonDocuments",
                column: "ExpiryDate");

            migrationBuilder.CreateIndex(
                name: "IX_PersonDocuments_PersonId",
                table: "PersonDocuments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Identity_WithoutPassport",
                table: "Persons",
                columns: new[] { "Name", "Nationality", "DateOfBirth" },
                unique: true,
                filter: "\"PassportNumber\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Name_Nationality_DateOfBirth",
                table: "Persons",
                columns: new[] { "Name", "Nationality", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_PassportNumber",
                table: "Persons",
                column: "PassportNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExtractedConflicts");

            migrationBuilder.DropTable(
                name: "ExtractedFields");

            migrationBuilder.DropTable(
                name: "PersonDocuments");

            migrationBuilder.DropTable(
                name: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Documents_DocumentType",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_EmployerKey",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DocumentDate",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "DocumentTypeConfidence",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Employer",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "EmployerKey",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ExtractionFailure",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "Documents");
        }
    }
}
