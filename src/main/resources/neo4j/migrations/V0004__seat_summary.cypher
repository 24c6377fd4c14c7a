// Bridging people pages through people by the number of bodies they sit in (SeatSummary writes seatCount);
// graphs written before the summary existed get it at startup (SeatSummary.ensureWritten).
CREATE RANGE INDEX person_seat_count IF NOT EXISTS FOR (n:Person) ON (n.seatCount);
