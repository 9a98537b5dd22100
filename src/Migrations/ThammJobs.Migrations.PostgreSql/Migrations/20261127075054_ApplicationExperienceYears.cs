using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThammJobs.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationExperienceYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ExperienceYears",
                table: "Applications",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExperienceYears",
                table: "Applications");
        }
    }
}
