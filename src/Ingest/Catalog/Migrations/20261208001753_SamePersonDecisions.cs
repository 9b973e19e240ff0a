using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocArchive.Ingest.Catalog.Migrations
{
    /// <inheritdoc />
    public partial class SamePersonDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MatchedPersonId",
                table: "PersonDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Every document read so far counts under the person its values match.
            migrationBuilder.Sql("UPDATE \"PersonDocuments\" SET \"MatchedPersonId\" = \"PersonId\"");

            migrationBuilder.CreateTable(
                name: "PersonDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UndoneBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UndoneAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonDecisions_Persons_OtherPersonId",
                        column: x => x.OtherPersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonDecisions_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_MergedIntoId",
                table: "Persons",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonDocuments_MatchedPersonId",
                table: "PersonDocuments",
                column: "MatchedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonDecisions_OtherPersonId",
                table: "PersonDecisions",
                column: "OtherPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonDecisions_PersonId",
                table: "PersonDecisions",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_PersonDocuments_Persons_MatchedPersonId",
                table: "PersonDocuments",
                column: "MatchedPersonId",
                principalTable: "Persons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Persons_Persons_MergedIntoId",
                table: "Persons",
                column: "MergedIntoId",
                principalTable: "Persons",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PersonDocuments_Persons_MatchedPersonId",
                table: "PersonDocuments");

            migrationBuilder.DropForeignKey(
                name: "FK_Persons_Persons_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropTable(
                name: "PersonDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Persons_MergedIntoId",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_PersonDocuments_MatchedPersonId",
                table: "PersonDocuments");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "MatchedPersonId",
                table: "PersonDocuments");
        }
    }
}
