using System.Text.Json.Nodes;
using Covage.Provider.Domain;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Simulation;

namespace Covage.Provider.Tests.Domain.Orders;

/// <summary>
/// Races on what several orders share, made deterministic: one order's change is computed, then another
/// order commits in the middle (under its own lock), then the first change is committed.
/// </summary>
public sealed class OrderStoreTests
{
    private readonly ProviderState _state = Seed.Create(TimeProvider.System);
    private readonly OrderStore _store;
    private readonly OrderService _orders;
    private readonly User _user;

    public OrderStoreTests()
    {
        _store = new OrderStore(_state);
        _orders = new OrderService(_store);
        _user = _state.Operators.Values.First().Users[0];
    }

    private OrderChanges Complete(string orderRef) => new()
    {
        EndCustomer = new JsonObject
        {
            ["type"] = "unregistered",
            ["name"] = "Alethkar Palace",
            ["contact"] = new JsonObject { ["first_name"] = "Adolin", ["last_name"] = "Kholin", ["email"] = "adolin.kholin@palace.ak" },
        },
        OperatorInfo = new JsonObject { ["order_ref"] = orderRef, ["order_name"] = "Order", ["contact_uuid"] = _state.Operators[_user.OperatorUuid].Contacts[0] },
    };

    private string Terminate(string serviceUuid, string orderRef) =>
        _orders.Create(_user, new OrderDraft("terminate", null, null, serviceUuid, null, Complete(orderRef))).EnsureSuccess().Uuid;

    private string Activate(string orderRef)
    {
        var eligibility = _state.Eligibilities.Values.First(e => e.OperatorUuid == _user.OperatorUuid && e.RequestType == "activate");
        return _orders.Create(_user, new OrderDraft("activate", eligibility.Ref, "AM01", null, null, Complete(orderRef) with { RequestType = "activate" }))
            .EnsureSuccess().Uuid;
    }

    [Fact]
    public void Write_TwoTerminateSubmitsOfOneServiceInterleaved_TheLaterCommitIsRefused()
    {
        var service = _state.Services.Values.First(s => s.OperatorUuid == _user.OperatorUuid && s.Active && s.Product.Code == "AM01");
        var first = Terminate(service.Uuid, "T-1");
        var second = Terminate(service.Uuid, "T-2");
        Outcome<Committed> inner = default;

        var outer = _store.Write(first, _user.OperatorUuid, (order, context) =>
        {
            var change = order.Submit(context);
            inner = _store.Write(second, _user.OperatorUuid, (other, otherContext) => other.Submit(otherContext));
            return change;
        });

        Assert.True(inner.TryGetValue(out _));
        Assert.True(outer.TryGetRefusal(out var refusal));
        Assert.Equal(("SUB-TERMINATE-IMMEDIATE", "service_uuid"), (refusal.Violations[0].RuleId, refusal.Violations[0].Field));
        Assert.Equal(OrderStatus.Draft, _store.Find(first)!.Status);
        Assert.False(_state.Services[service.Uuid].Active);
        Assert.Single(_state.Events.ForObject(service.Uuid));
    }

    [Fact]
    public void Write_TwoOrdersClaimingOneReferenceInterleaved_TheLaterCommitIsRefused()
    {
        var first = Activate("OWN-1");
        var second = Activate("OWN-2");
        var claim = new OrderChanges { OperatorInfo = new JsonObject { ["order_ref"] = "CLAIMED" } };
        Outcome<Committed> inner = default;

        var outer = _store.Write(first, _user.OperatorUuid, (order, context) =>
        {
            var change = order.Modify(claim, context);
            inner = _store.Write(second, _user.OperatorUuid, (other, otherContext) => other.Modify(claim, otherContext));
            return change;
        });

        Assert.True(inner.TryGetValue(out _));
        Assert.True(outer.TryGetRefusal(out var refusal));
        Assert.Equal(("UPD-OPERATOR-REF-UNIQUE", "operator_info.order_ref"), (refusal.Violations[0].RuleId, refusal.Violations[0].Field));
        Assert.Equal("OWN-1", _store.Find(first)!.OperatorOrderRef);
        Assert.Equal("CLAIMED", _store.Find(second)!.OperatorOrderRef);
    }
}
