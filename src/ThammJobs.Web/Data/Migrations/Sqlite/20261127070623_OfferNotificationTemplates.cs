using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThammJobs.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferNotificationTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NotificationTemplates_Stage_Culture",
                table: "NotificationTemplates");

            migrationBuilder.AddColumn<string>(
                name: "OfferSet",
                table: "NotificationTemplates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationTemplates_General",
                table: "NotificationTemplates",
                columns: new[] { "Stage", "Culture" },
                unique: true,
                filter: "\"OfferSet\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationTemplates_Offer",
                table: "NotificationTemplates",
                columns: new[] { "OfferSet", "Stage", "Culture" },
                unique: true,
                filter: "\"OfferSet\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NotificationTemplates_General",
                table: "NotificationTemplates");

            migrationBuilder.DropIndex(
                name: "IX_NotificationTemplates_Offer",
                table: "NotificationTemplates");

            migrationBuilder.DropColumn(
                name: "OfferSet",
                table: "NotificationTemplates");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationTemplates_Stage_Culture",
                table: "NotificationTemplates",
                columns: new[] { "Stage", "Culture" },
                unique: true);
        }
    }
}
