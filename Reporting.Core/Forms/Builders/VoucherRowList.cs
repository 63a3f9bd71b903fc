using Reporting.Core.Figures;

namespace Reporting.Core.Forms.Builders;

/// <summary>The Belegliste as rows, built when asked for by position: each cost category's vouchers, then its
/// subtotal; at the end the total of all vouchers. The PDF table reads rows by index (more than once), so this view
/// keeps a 10,000-voucher list from being copied into form rows up front.</summary>
internal sealed class VoucherRowList : IReadOnlyList<FormRow>
{
    private readonly ProofOfUse _proof;
    private readonly int[] _groupStarts;

    public VoucherRowList(ProofOfUse proof)
    {
        _proof = proof;
        _groupStarts = new int[proof.Vouchers.Count];
        var position = 0;
        for (var g = 0; g < proof.Vouchers.Count; g++)
        {
            _groupStarts[g] = position;
            position += proof.Vouchers[g].Vouchers.Count + 1;
        }
        Count = position + 1;
    }

    public int Count { get; }

    public FormRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (index == Count - 1)
            {
                return Spec.Total(FormValue.None(ValueKind.Count), FormValue.Of("Summe"), FormValue.Of((string?)null), FormValue.Of((DateOnly?)null),
                    FormValue.Of((string?)null), FormValue.Of("Summe aller Belege"), FormValue.Of(_proof.Expenses.TotalActual));
            }
            var g = Array.BinarySearch(_groupStarts, index);
            g = g >= 0 ? g : ~g - 1;
            var group = _proof.Vouchers[g];
            var offset = index - _groupStarts[g];
            if (offset == group.Vouchers.Count)
            {
                return Spec.Subtotal(FormValue.None(ValueKind.Count), FormValue.Of(group.CostCategory),
                    FormValue.Of((string?)null), FormValue.Of((DateOnly?)null), FormValue.Of((string?)null),
                    FormValue.Of($"Summe {group.Label ?? group.CostCategory}"), FormValue.Of(group.Subtotal));
            }
            var v = group.Vouchers[offset];
            return Spec.Row(FormValue.Of(v.RunningNumber), FormValue.Of(v.CostCategory), FormValue.Of(v.VoucherNo),
                FormValue.Of(v.PaymentDate), FormValue.Of(v.Payee), FormValue.Of(v.Purpose), FormValue.Of(v.Amount));
        }
    }

    public IEnumerator<FormRow> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
