/**
 * Minimum-cost flow with node supplies, by successive shortest paths.
 *
 * The network keeps node potentials such that every residual arc has a non-negative reduced cost
 * (`cost + potential[from] - potential[to]`). That invariant makes each shortest-path search a
 * Dijkstra search, and it is what lets a caller add arcs between solves (column generation): an
 * arc that would break the invariant is saturated on insertion, which turns it into an imbalance
 * that the next `solve()` routes away. The flow stays optimal for the arcs present whenever
 * `solve()` reports the network balanced.
 *
 * Costs are doubles; capacities and supplies are integers below 2^31.
 */

export type FlowArc = {
  from: number;
  to: number;
  capacity: number;
  cost: number;
};

export type FlowSolveOutcome =
  | { isBalanced: true }
  | {
      isBalanced: false;
      /** A node whose remaining supply cannot reach any node with remaining demand. */
      source: number;
      /**
       * Every node reachable from `source` in the residual network. No residual arc leaves this
       * set and it holds no node with remaining demand, so it is a certificate that the supplies
       * inside it exceed what the arcs leaving it can carry.
       */
      reachable: Int32Array;
    };

const NO_ARC = -1;
const INITIAL_ARC_CAPACITY = 64;

// With noUncheckedIndexedAccess a typed-array read is `number | undefined`. Every index passed
// here is a node or arc id the network created itself, so it is in range by construction.
function readInt(values: Int32Array, index: number): number {
  return values[index]!;
}

function readFloat(values: Float64Array, index: number): number {
  return values[index]!;
}

/** A binary min-heap of (distance, node) pairs with lazy deletion: stale entries are skipped. */
class DistanceHeap {
  private keys = new Float64Array(INITIAL_ARC_CAPACITY);
  private nodes = new Int32Array(INITIAL_ARC_CAPACITY);
  size = 0;
  /** The distance of the node returned by the last `pop()`. */
  poppedKey = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentKey = readFloat(keys, parent);
      if (parentKey <= key) break;
      keys[index] = parentKey;
      nodes[index] = readInt(nodes, parent);
      index = parent;
    }
    keys[index] = key;
    nodes[index] = node;
  }

  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = readInt(nodes, 0);
    this.poppedKey = readFloat(keys, 0);
    const last = --this.size;
    const lastKey = readFloat(keys, last);
    const lastNode = readInt(nodes, last);
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && readFloat(keys, right) < readFloat(keys, child)) child = right;
      const childKey = readFloat(keys, child);
      if (childKey >= lastKey) break;
      keys[index] = childKey;
      nodes[index] = readInt(nodes, child);
      index = child;
    }
    keys[index] = lastKey;
    nodes[index] = lastNode;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.nodes = nodes;
  }
}

/**
 * A flow network on nodes `0..nodeCount-1`. Arcs come in pairs: arc `2k` is the forward arc and
 * `2k+1` its residual twin, so `arc ^ 1` is always the opposite direction.
 */
export class MinCostFlowNetwork {
  readonly nodeCount: number;
  private arcCount = 0;
  private arcTarget = new Int32Array(INITIAL_ARC_CAPACITY);
  private arcResidual = new Int32Array(INITIAL_ARC_CAPACITY);
  private arcCost = new Float64Array(INITIAL_ARC_CAPACITY);
  private arcNext = new Int32Array(INITIAL_ARC_CAPACITY);
  private readonly firstArc: Int32Array;
  private readonly potentials: Float64Array;
  private readonly excesses: Int32Array;
  // Search state, reused across searches; a stamp marks which entries belong to the current one.
  private readonly distance: Float64Array;
  private readonly parentArc: Int32Array;
  private readonly seenStamp: Int32Array;
  private readonly doneStamp: Int32Array;
  private readonly settled: Int32Array;
  private settledCount = 0;
  private stamp = 0;
  private readonly heap = new DistanceHeap();

  constructor(nodeCount: number) {
    this.nodeCount = nodeCount;
    this.firstArc = new Int32Array(nodeCount).fill(NO_ARC);
    this.potentials = new Float64Array(nodeCount);
    this.excesses = new Int32Array(nodeCount);
    this.distance = new Float64Array(nodeCount);
    this.parentArc = new Int32Array(nodeCount);
    this.seenStamp = new Int32Array(nodeCount);
    this.doneStamp = new Int32Array(nodeCount);
    this.settled = new Int32Array(nodeCount);
  }

  /**
   * Sets a node's starting potential. Call it before adding arcs at the node: a good start (for
   * example the largest gain reachable from a node) lets the first searches end at once, while
   * arcs that a poor start leaves with negative reduced cost are merely saturated.
   */
  setPotential(node: number, potential: number): void {
    this.potentials[node] = potential;
  }

  /** Adds supply (positive) or demand (negative) at a node. */
  addSupply(node: number, amount: number): void {
    this.excesses[node] = readInt(this.excesses, node) + amount;
  }

  /**
   * Adds an arc and returns its id. An arc whose reduced cost under the current potentials is
   * negative is saturated at once, so adding arcs after a solve keeps the flow optimal for the
   * arcs present once the next `solve()` has balanced the moved supply.
   */
  addArc(arc: FlowArc): number {
    if (this.arcCount + 2 > this.arcTarget.length) this.growArcs();
    const forward = this.arcCount;
    this.arcCount += 2;
    this.linkArc(forward, arc.from, arc.to, arc.cost);
    this.linkArc(forward + 1, arc.to, arc.from, -arc.cost);
    const isNegative = this.reducedCost(arc) < 0;
    this.arcResidual[forward] = isNegative ? 0 : arc.capacity;
    this.arcResidual[forward + 1] = isNegative ? arc.capacity : 0;
    if (isNegative) {
      this.addSupply(arc.from, -arc.capacity);
      this.addSupply(arc.to, arc.capacity);
    }
    return forward;
  }

  /** The reduced cost an arc has, or would have, under the current potentials. */
  reducedCost(arc: Pick<FlowArc, 'from' | 'to' | 'cost'>): number {
    return arc.cost + readFloat(this.potentials, arc.from) - readFloat(this.potentials, arc.to);
  }

  /** The flow on an arc returned by `addArc`. */
  flow(arc: number): number {
    return readInt(this.arcResidual, arc ^ 1);
  }

  potential(node: number): number {
    return readFloat(this.potentials, node);
  }

  /** Supply not yet routed (positive) or demand not yet met (negative) at a node. */
  excess(node: number): number {
    return readInt(this.excesses, node);
  }

  /**
   * Routes every remaining supply to remaining demand along shortest paths. It stops at the
   * first supply that cannot be routed and returns the nodes that supply can reach, so a caller
   * can either add arcs out of that set and call again, or report the set as the reason the
   * network is infeasible. Throws nothing.
   */
  solve(): FlowSolveOutcome {
    for (let source = 0; source < this.nodeCount; source++) {
      while (readInt(this.excesses, source) > 0) {
        const target = this.searchFrom(source);
        if (target === NO_ARC) {
          return { isBalanced: false, source, reachable: this.settled.slice(0, this.settledCount) };
        }
        this.augment(source, target);
        this.updatePotentials(readFloat(this.distance, target));
      }
    }
    return { isBalanced: true };
  }

  private linkArc(arc: number, from: number, to: number, cost: number): void {
    this.arcTarget[arc] = to;
    this.arcCost[arc] = cost;
    this.arcNext[arc] = readInt(this.firstArc, from);
    this.firstArc[from] = arc;
  }

  private growArcs(): void {
    const size = this.arcTarget.length * 2;
    this.arcTarget = growInt(this.arcTarget, size);
    this.arcResidual = growInt(this.arcResidual, size);
    this.arcNext = growInt(this.arcNext, size);
    const cost = new Float64Array(size);
    cost.set(this.arcCost);
    this.arcCost = cost;
  }

  /**
   * Dijkstra on reduced costs from `source` until a node with unmet demand is settled. Returns
   * that node, or NO_ARC when the search exhausts the reachable nodes.
   */
  private searchFrom(source: number): number {
    const stamp = ++this.stamp;
    const { distance, parentArc, seenStamp, doneStamp, settled, potentials, excesses, heap } = this;
    const { arcTarget, arcResidual, arcCost, arcNext, firstArc } = this;
    this.settledCount = 0;
    heap.clear();
    distance[source] = 0;
    parentArc[source] = NO_ARC;
    seenStamp[source] = stamp;
    heap.push(0, source);
    while (heap.size > 0) {
      const node = heap.pop();
      if (readInt(doneStamp, node) === stamp) continue;
      doneStamp[node] = stamp;
      settled[this.settledCount++] = node;
      if (readInt(excesses, node) < 0) return node;
      const nodeDistance = heap.poppedKey;
      const nodePotential = readFloat(potentials, node);
      for (let arc = readInt(firstArc, node); arc !== NO_ARC; arc = readInt(arcNext, arc)) {
        if (readInt(arcResidual, arc) <= 0) continue;
        const next = readInt(arcTarget, arc);
        if (readInt(doneStamp, next) === stamp) continue;
        // Rounding can push a reduced cost that is zero in exact arithmetic slightly below zero;
        // clamping keeps Dijkstra's settled order valid without changing any real comparison.
        const reduced = readFloat(arcCost, arc) + nodePotential - readFloat(potentials, next);
        const candidate = nodeDistance + (reduced > 0 ? reduced : 0);
        if (readInt(seenStamp, next) !== stamp || candidate < readFloat(distance, next)) {
          seenStamp[next] = stamp;
          distance[next] = candidate;
          parentArc[next] = arc;
          heap.push(candidate, next);
        }
      }
    }
    return NO_ARC;
  }

  private augment(source: number, target: number): void {
    const { parentArc, arcResidual, arcTarget, excesses } = this;
    let amount = Math.min(readInt(excesses, source), -readInt(excesses, target));
    for (let node = target; node !== source; ) {
      const arc = readInt(parentArc, node);
      amount = Math.min(amount, readInt(arcResidual, arc));
      node = readInt(arcTarget, arc ^ 1);
    }
    for (let node = target; node !== source; ) {
      const arc = readInt(parentArc, node);
      arcResidual[arc] = readInt(arcResidual, arc) - amount;
      arcResidual[arc ^ 1] = readInt(arcResidual, arc ^ 1) + amount;
      node = readInt(arcTarget, arc ^ 1);
    }
    excesses[source] = readInt(excesses, source) - amount;
    excesses[target] = readInt(excesses, target) + amount;
  }

  /**
   * Raising every potential by min(distance, targetDistance) keeps all reduced costs
   * non-negative and makes the augmenting path tight. Subtracting the constant targetDistance
   * from all of them changes no reduced cost, and leaves unsettled nodes untouched, so only the
   * nodes this search settled need an update.
   */
  private updatePotentials(targetDistance: number): void {
    const { settled, distance, potentials } = this;
    for (let index = 0; index < this.settledCount; index++) {
      const node = readInt(settled, index);
      potentials[node] = readFloat(potentials, node) + readFloat(distance, node) - targetDistance;
    }
  }
}

function growInt(values: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(values);
  return grown;
}
