using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThammJobs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentItemVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TranslationSet = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItemVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecipeRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RanUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ItemsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemsUnchanged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecipeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SiteSettings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSettings", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_ContentItemId_Number",
                table: "ContentItemVersions",
                columns: new[] { "ContentItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_ContentType_Culture_Slug_Published",
                table: "ContentItemVersions",
                columns: new[] { "ContentType", "Culture", "Slug", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_Published",
                table: "ContentItemVersions",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_TranslationSet",
                table: "ContentItemVersions",
                column: "TranslationSet");

            migrationBuilder.CreateIndex(
                name: "IX_RecipeRuns_Name",
                table: "RecipeRuns",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentItemVersions");

            migrationBuilder.DropTable(
                name: "RecipeRuns");

            migrationBuilder.DropTable(
                name: "SiteSettings");
        }
    }
}
