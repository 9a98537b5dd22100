using ThammJobs.Content.Models;
using ThammJobs.Content.Services;

namespace ThammJobs.Content.Tests.Services;

/// <summary>
/// Morocco is on UTC+1 except during Ramadan, when it returns to UTC+0. In 2026 the switch back to UTC+0
/// is on 15 February at 03:00 and the return to UTC+1 on 22 March at 02:00 (tz database, bundled in NodaTime).
/// </summary>
public sealed class OfferDeadlinesTests
{
    private static OfferDeadline Casablanca(string local) => new() { Local = local, TimeZone = "Africa/Casablanca" };

    [Fact]
    public void The_seed_deadline_falls_in_Ramadan_so_Casablanca_is_on_UTC()
    {
        var deadline = Casablanca("2026-03-19T23:59");

        Assert.Equal(new DateTime(2026, 3, 19, 23, 59, 0, DateTimeKind.Utc), OfferDeadlines.ToUtc(deadline));
        Assert.Equal("2026-03-19T23:59:00+00:00", OfferDeadlines.ToIsoWithOffset(deadline));
        Assert.Equal("UTC+0", OfferDeadlines.OffsetLabel(deadline));
    }

    [Fact]
    public void Outside_Ramadan_Casablanca_is_one_hour_ahead_of_UTC()
    {
        var deadline = Casablanca("2026-06-19T23:59");

        Assert.Equal(new DateTime(2026, 6, 19, 22, 59, 0, DateTimeKind.Utc), OfferDeadlines.ToUtc(deadline));
        Assert.Equal("2026-06-19T23:59:00+01:00", OfferDeadlines.ToIsoWithOffset(deadline));
        Assert.Equal("UTC+1", OfferDeadlines.OffsetLabel(deadline));
    }

    [Fact]
    public void The_whole_minute_of_the_deadline_still_counts()
    {
        var deadlineUtc = OfferDeadlines.ToUtc(Casablanca("2026-03-19T23:59"));

        Assert.True(OfferDeadlines.IsOpen(deadlineUtc, new DateTimeOffset(2026, 3, 19, 23, 59, 59, TimeSpan.Zero)));
        Assert.False(OfferDeadlines.IsOpen(deadlineUtc, new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_local_time_skipped_when_clocks_go_forward_moves_to_the_first_valid_instant()
    {
        // 22 March 2026, 02:00 → 03:00: 02:30 does not exist in Casablanca.
        var utc = OfferDeadlines.ToUtc(Casablanca("2026-03-22T02:30"));

        Assert.Equal(new DateTime(2026, 3, 22, 2, 0, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void A_local_time_repeated_when_clocks_go_back_takes_the_later_instant()
    {
        // 15 February 2026, 03:00 → 02:00: 02:30 happens twice; the candidate gets the second one.
        var utc = OfferDeadlines.ToUtc(Casablanca("2026-02-15T02:30"));

        Assert.Equal(new DateTime(2026, 2, 15, 2, 30, 0, DateTimeKind.Utc), utc);
    }

    [Theory]
    [InlineData("2026-03-19T23:59", true)]
    [InlineData("2026-03-19T23:59:30", true)]
    [InlineData("19/03/2026 23:59", false)]
    [InlineData("2026-02-30T10:00", false)]
    [InlineData("", false)]
    public void Local_deadlines_are_parsed_strictly(string text, bool valid) =>
        Assert.Equal(valid, OfferDeadlines.TryParseLocal(text, out _));

    [Theory]
    [InlineData("Africa/Casablanca", true)]
    [InlineData("Europe/Paris", true)]
    [InlineData("Europe/Pariss", false)]
    [InlineData("UTC+1", false)]
    [InlineData(null, false)]
    public void Only_IANA_zones_are_accepted(string? zone, bool known) =>
        Assert.Equal(known, OfferDeadlines.FindZone(zone) is not null);
}
