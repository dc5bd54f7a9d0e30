import { describe, expect, it } from 'vitest';
import { MinCostFlowNetwork, type FlowArc } from './min-cost-flow.js';
import { seededRandom } from '../../../test/support/seeded-random.js';

function build(nodeCount: number, supplies: number[], arcs: FlowArc[]): { network: MinCostFlowNetwork; ids: number[] } {
  const network = new MinCostFlowNetwork(nodeCount);
  supplies.forEach((supply, node) => network.addSupply(node, supply));
  return { network, ids: arcs.map((arc) => network.addArc(arc)) };
}

function totalCost(network: MinCostFlowNetwork, arcs: FlowArc[], ids: number[]): number {
  return arcs.reduce((total, arc, index) => total + arc.cost * network.flow(ids[index] ?? -1), 0);
}

/** The cheapest feasible flow by trying every flow value on every arc; undefined if none balances. */
function bruteForceMinCost(nodeCount: number, supplies: number[], arcs: FlowArc[]): number | undefined {
  let best: number | undefined;
  const flows = new Array<number>(arcs.length).fill(0);
  const visit = (index: number): void => {
    if (index === arcs.length) {
      const balance = supplies.slice();
      arcs.forEach((arc, arcIndex) => {
        const flow = flows[arcIndex] ?? 0;
        balance[arc.from] = (balance[arc.from] ?? 0) - flow;
        balance[arc.to] = (balance[arc.to] ?? 0) + flow;
      });
      if (balance.some((value) => value !== 0)) return;
      const cost = arcs.reduce((total, arc, arcIndex) => total + arc.cost * (flows[arcIndex] ?? 0), 0);
      if (best === undefined || cost < best) best = cost;
      return;
    }
    for (let flow = 0; flow <= (arcs[index]?.capacity ?? 0); flow++) {
      flows[index] = flow;
      visit(index + 1);
    }
  };
  visit(0);
  expect(nodeCount).toBe(supplies.length);
  return best;
}

describe('MinCostFlowNetwork', () => {
  it('sends supply along the cheapest paths and splits when the cheapest path is full', () => {
    const arcs: FlowArc[] = [
      { from: 0, to: 1, capacity: 1, cost: 1 },
      { from: 0, to: 2, capacity: 2, cost: 3 },
      { from: 1, to: 3, capacity: 2, cost: 1 },
      { from: 2, to: 3, capacity: 2, cost: 0 },
    ];
    const { network, ids } = build(4, [2, 0, 0, -2], arcs);
    expect(network.solve()).toEqual({ isBalanced: true });
    expect(ids.map((id) => network.flow(id))).toEqual([1, 1, 1, 1]);
    expect(totalCost(network, arcs, ids)).toBe(5);
    expect([0, 1, 2, 3].map((node) => network.excess(node))).toEqual([0, 0, 0, 0]);
  });

  it('reroutes earlier flow when a later supply needs its arc (a negative residual cycle is never left)', () => {
    // Supply at 0 prefers 2 (cost 0) over 3 (cost 1); supply at 1 can only use 2. Optimal: 0→3, 1→2.
    const arcs: FlowArc[] = [
      { from: 0, to: 2, capacity: 1, cost: 0 },
      { from: 0, to: 3, capacity: 1, cost: 1 },
      { from: 1, to: 2, capacity: 1, cost: 5 },
    ];
    const { network, ids } = build(4, [1, 1, -1, -1], arcs);
    expect(network.solve().isBalanced).toBe(true);
    expect(ids.map((id) => network.flow(id))).toEqual([0, 1, 1]);
  });

  it('accepts negative costs when the starting potentials make every reduced cost non-negative', () => {
    const network = new MinCostFlowNetwork(3);
    network.setPotential(0, 5);
    network.addSupply(0, 1);
    network.addSupply(2, -1);
    const cheap = network.addArc({ from: 0, to: 1, capacity: 1, cost: -5 });
    const direct = network.addArc({ from: 0, to: 2, capacity: 1, cost: -4 });
    network.addArc({ from: 1, to: 2, capacity: 1, cost: 0 });
    expect(network.solve().isBalanced).toBe(true);
    expect(network.flow(cheap)).toBe(1);
    expect(network.flow(direct)).toBe(0);
  });

  it('saturates an arc added with a negative reduced cost and re-optimises on the next solve', () => {
    const arcs: FlowArc[] = [{ from: 0, to: 1, capacity: 2, cost: 10 }];
    const { network, ids } = build(2, [2, -2], arcs);
    expect(network.solve().isBalanced).toBe(true);
    const cheaper: FlowArc = { from: 0, to: 1, capacity: 1, cost: 1 };
    expect(network.reducedCost(cheaper)).toBeLessThan(0);
    const cheaperId = network.addArc(cheaper);
    expect(network.flow(cheaperId)).toBe(1);
    expect(network.solve().isBalanced).toBe(true);
    expect(network.flow(ids[0] ?? -1)).toBe(1);
    expect(network.flow(cheaperId)).toBe(1);
  });

  it('reports the nodes a stuck supply can reach, and resumes once an arc out of them is added', () => {
    // 0 → 1 is the only arc; the demand sits at 2.
    const network = new MinCostFlowNetwork(3);
    network.addSupply(0, 1);
    network.addSupply(2, -1);
    network.addArc({ from: 0, to: 1, capacity: 1, cost: 0 });
    const outcome = network.solve();
    expect(outcome.isBalanced).toBe(false);
    if (outcome.isBalanced) return;
    expect(outcome.source).toBe(0);
    expect([...outcome.reachable].sort()).toEqual([0, 1]);
    network.addArc({ from: 1, to: 2, capacity: 1, cost: 0 });
    expect(network.solve().isBalanced).toBe(true);
    expect(network.excess(2)).toBe(0);
  });

  it('grows its arc storage past the initial size', () => {
    const network = new MinCostFlowNetwork(2);
    network.addSupply(0, 500);
    network.addSupply(1, -500);
    const ids = Array.from({ length: 1000 }, (_, index) =>
      network.addArc({ from: 0, to: 1, capacity: 1, cost: index }),
    );
    expect(network.solve().isBalanced).toBe(true);
    const used = ids.filter((id) => network.flow(id) === 1).length;
    expect(used).toBe(500);
    expect(ids.slice(0, 500).every((id) => network.flow(id) === 1)).toBe(true);
  });

  it('matches a brute-force optimum on random small networks, including infeasible ones', () => {
    const random = seededRandom(42);
    let feasibleCases = 0;
    for (let trial = 0; trial < 200; trial++) {
      const nodeCount = 4;
      const supplies = [0, 0, 0, 0];
      for (let unit = 0; unit < 2; unit++) {
        const from = Math.floor(random() * nodeCount);
        const to = Math.floor(random() * nodeCount);
        supplies[from] = (supplies[from] ?? 0) + 1;
        supplies[to] = (supplies[to] ?? 0) - 1;
      }
      const arcs: FlowArc[] = Array.from({ length: 5 }, () => ({
        from: Math.floor(random() * nodeCount),
        to: Math.floor(random() * nodeCount),
        capacity: 1 + Math.floor(random() * 2),
        cost: Math.round(random() * 10) - 3,
      })).filter((arc) => arc.from !== arc.to);
      const network = new MinCostFlowNetwork(nodeCount);
      supplies.forEach((supply, node) => network.addSupply(node, supply));
      // Zero potentials: arcs with negative cost are saturated on insertion, cycles included.
      const ids = arcs.map((arc) => network.addArc(arc));
      const expected = bruteForceMinCost(nodeCount, supplies, arcs);
      const outcome = network.solve();
      expect(outcome.isBalanced).toBe(expected !== undefined);
      if (expected === undefined || !outcome.isBalanced) continue;
      feasibleCases++;
      expect(totalCost(network, arcs, ids)).toBeCloseTo(expected, 9);
    }
    expect(feasibleCases).toBeGreaterThan(50);
  });
});
