"""The index as a llama-index retriever: paragraph nodes with their citation metadata."""

from __future__ import annotations


def test_board_retriever_returns_paragraph_nodes_with_metadata(seed_index):
    from boardqa.ask import Answerer
    from boardqa.llamaindex import BoardRetriever
    from boardqa.services import Services, Settings

    answerer = Answerer(Services(Settings(index_dir=seed_index)))
    try:
        retriever = BoardRetriever(answerer.retriever, k=5)
        nodes = retriever.retrieve(
            "How much DA duty funding will Leicestershire County Council get?"
        )
        assert len(nodes) == 5
        top = nodes[0].node
        assert "1,127,205" in top.get_content()
        assert top.metadata["meeting_date"] == "2021-03-19"
        assert top.metadata["kind"] == "report" and top.metadata["agenda_item"] == "10"
        assert nodes[0].score >= nodes[-1].score
        assert "embed_hash" not in top.metadata
    finally:
        answerer.close()
