using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThammJobs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvaluationScorecardsAndInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApplicationEvaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Education = table.Column<int>(type: "INTEGER", nullable: true),
                    Experience = table.Column<int>(type: "INTEGER", nullable: true),
                    Languages = table.Column<int>(type: "INTEGER", nullable: true),
                    TechnicalSkills = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonalQualities = table.Column<int>(type: "INTEGER", nullable: true),
                    Average = table.Column<double>(type: "REAL", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationEvaluations_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferSet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NoteToCandidate = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ResultComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResultByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResultUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewPanelists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewPanelists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewPanelists_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvaluations_ApplicationId_ReviewerId",
                table: "ApplicationEvaluations",
                columns: new[] { "ApplicationId", "ReviewerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterviewPanelists_InterviewId",
                table: "InterviewPanelists",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_ApplicationId_Round",
                table: "Interviews",
                columns: new[] { "ApplicationId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_OfferSet_StartUtc",
                table: "Interviews",
                columns: new[] { "OfferSet", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationEvaluations");

            migrationBuilder.DropTable(
                name: "InterviewPanelists");

            migrationBuilder.DropTable(
                name: "Interviews");
        }
    }
}
