using System.Globalization;

namespace ClaimGraph.Core.Store;

public static class TimeBuckets
{
    /// <summary>The UTC start date of the bucket holding <paramref name="time"/>, as yyyy-MM-dd (weeks start on Monday).</summary>
    public static string StartOf(DateTimeOffset time, TimeBucket bucket)
    {
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        var start = bucket switch
        {
            TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            TimeBucket.Month => new DateOnly(day.Year, day.Month, 1),
            TimeBucket.Year => new DateOnly(day.Year, 1, 1),
            _ => day,
        };
        return start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
