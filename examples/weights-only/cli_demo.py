"""Chat with NimbusLM in the terminal."""
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

MODEL = "nimbus/NimbusLM-7B-Chat"


def main() -> None:
    tokenizer = AutoTokenizer.from_pretrained(MODEL, trust_remote_code=True)
    model = AutoModelForCausalLM.from_pretrained(MODEL, torch_dtype=torch.bfloat16, device_map="auto", trust_remote_code=True)
    model.eval()
    history = []
    while True:
        query = input("User: ")
        if query.strip() == "exit":
            break
        history.append({"role": "user", "content": query})
        inputs = tokenizer.apply_chat_template(history, add_generation_prompt=True, return_tensors="pt").to(model.device)
        with torch.no_grad():
            output = model.generate(inputs, max_new_tokens=512, do_sample=True, temperature=0.3)
        answer = tokenizer.decode(output[0][inputs.shape[1]:], skip_special_tokens=True)
        history.append({"role": "assistant", "content": answer})
        print(f"NimbusLM: {answer}")


if __name__ == "__main__":
    main()
