export { obligationsOf, obligationYear, isBeforePlan, type Obligation } from "./obligations";
export { isCompleted, isCancelled, spanOf } from "./completion";
export { placeInWindow, placeActivity, campaignOf, type WindowPlacement } from "./windows";
export { obligationStatuses, stateOf, type ObligationState, type ObligationStatus } from "./statuses";
export { yearStatusOf, yearStatusesOf } from "./parts";
export { progressOf, progressCountOf, countsAsDue, type ProgressCount } from "./progress";
export { figuresOf, shareOfWomen, shareOfEthnic, EMPTY_FIGURES, type Figures } from "./figures";
export { countedData, countedList, type Counted, type LeftOut, type LeftOutReason } from "./counting";
