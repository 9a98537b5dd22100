using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThammJobs.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
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
