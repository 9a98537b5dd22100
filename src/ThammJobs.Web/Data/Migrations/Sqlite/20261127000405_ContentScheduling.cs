using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThammJobs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentScheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RuleRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Occurrence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledPublications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Local = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledPublications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RuleRuns_Rule_Occurrence",
                table: "RuleRuns",
                columns: new[] { "Rule", "Occurrence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleRuns_StartedUtc",
                table: "RuleRuns",
                column: "StartedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPublications_Pending",
                table: "ScheduledPublications",
                column: "ContentItemId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPublications_Status_DueUtc",
                table: "ScheduledPublications",
                columns: new[] { "Status", "DueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RuleRuns");

            migrationBuilder.DropTable(
                name: "ScheduledPublications");
        }
    }
}
