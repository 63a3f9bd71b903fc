using System.Globalization;

namespace Reporting.Core.Domain;

/// <summary>An amount in euros, held as an exact <see cref="decimal"/>.</summary>
/// <remarks>
/// Arithmetic is exact; nothing is rounded until <see cref="RoundToCents"/> is called for display
/// or storage. There is deliberately no conversion from <see cref="double"/>.
/// Imported amounts have at most two decimals (docs/import.md), so <see cref="ToCents"/> is exact for them.
/// </remarks>
public readonly record struct Money(decimal Amount) : IComparable<Money>
{
    public static readonly Money Zero = new(0m);

    public static Money Euros(decimal amount) => new(amount);

    public static Money FromCents(long cents) => new(cents / 100m);

    /// <summary>Whole cents; throws when the amount has more than two decimals (it would not be exact).</summary>
    public long ToCents()
    {
        var cents = Amount * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new InvalidOperationException($"{ToString()} has more than two decimals and cannot be stored as cents exactly.");
        }
        return checked((long)cents);
    }

    /// <summary>Rounded to whole cents, half away from zero (commercial rounding).</summary>
    public Money RoundToCents() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero));

    public bool IsZero => Amount == 0m;
    public bool IsNegative => Amount < 0m;

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount);
    public static Money operator -(Money a) => new(-a.Amount);
    public static Money operator *(Money a, decimal factor) => new(a.Amount * factor);
    public static Money operator *(decimal factor, Money a) => new(a.Amount * factor);
    public static decimal operator /(Money a, Money b) => a.Amount / b.Amount;
    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;
    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;
    public static bool operator <=(Money a, Money b) => a.Amount <= b.Amount;
    public static bool operator >=(Money a, Money b) => a.Amount >= b.Amount;

    public static Money Max(Money a, Money b) => a >= b ? a : b;
    public static Money Min(Money a, Money b) => a <= b ? a : b;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>Invariant text with two decimals, e.g. <c>5800000.00</c> (the JSON and ISO-CSV form).</summary>
    public override string ToString() => RoundToCents().Amount.ToString("0.00", CultureInfo.InvariantCulture);
}

internal static class MoneyEnumerable
{
    public static Money Sum(this IEnumerable<Money> amounts)
    {
        var total = 0m;
        foreach (var m in amounts)
        {
            total += m.Amount;
        }
        return new Money(total);
    }

    public static Money Sum<T>(this IEnumerable<T> items, Func<T, Money> selector) => items.Select(selector).Sum();
}
